using System;
using Examples.CardPayments;
using Seeds.ApiPortal;
using Seeds.TaskMarket;

namespace ErrorGen.Generated.Tests;

public class ExceptionTests
{
    [Fact]
    public void A_factory_creates_the_module_exception_with_the_catalog_message()
    {
        var exception = TaskMarketCode.InsufficientBalance.ToException();
        Assert.IsType<TaskMarketWalletException>(exception);
        Assert.Equal(TaskMarketCode.InsufficientBalance, exception.Code);
        Assert.Equal(409, exception.HttpStatus);
        Assert.Equal("Insufficient balance", exception.Message);
        Assert.Empty(exception.Arguments);
        Assert.Same(TaskMarketCode.InsufficientBalance.GetInfo(), exception.Info);
    }

    [Fact]
    public void Module_exceptions_catch_their_module_and_when_filters_catch_one_code()
    {
        static string Handle(Exception thrown)
        {
            try
            {
                throw thrown;
            }
            catch (TaskMarketWalletException e) when (e.Code == TaskMarketCode.WithdrawInsufficient)
            {
                return "withdraw";
            }
            catch (TaskMarketWalletException)
            {
                return "wallet";
            }
            catch (TaskMarketException)
            {
                return "catalog";
            }
        }

        Assert.Equal("withdraw", Handle(TaskMarketCode.WithdrawInsufficient.ToException()));
        Assert.Equal("wallet", Handle(TaskMarketCode.WalletOperation.ToException()));
        Assert.Equal("catalog", Handle(TaskMarketCode.OrderTimeout.ToException()));
    }

    [Fact]
    public void Templated_factories_take_typed_parameters_and_keep_the_arguments_as_data()
    {
        var exception = CardPaymentsExceptions.AmountTooSmall(minimum: 0.5m, currency: "EUR");
        Assert.Equal("The amount must be at least 0.5 EUR.", exception.Message);
        Assert.Equal(0.5m, exception.Arguments["minimum"]);
        Assert.Equal("EUR", exception.Arguments["currency"]);
        Assert.Equal(CardPaymentsCode.AmountTooSmall, exception.Code);
    }

    [Fact]
    public void Inner_exceptions_field_errors_and_retry_after_are_kept()
    {
        var inner = new TimeoutException("upstream");
        var exception = ApiPortalCode.RpsLimitExceeded.ToException(inner).WithRetryAfter(TimeSpan.FromSeconds(3));
        Assert.Same(inner, exception.InnerException);
        Assert.Equal(TimeSpan.FromSeconds(3), exception.RetryAfter);

        var validation = TaskMarketCode.ValidationError.ToException().WithFieldErrors(new System.Collections.Generic.Dictionary<string, string[]> { ["email"] = new[] { "required" } });
        Assert.Equal(new[] { "required" }, validation.FieldErrors!["email"]);
    }

    [Fact]
    public void Create_picks_the_module_type_from_the_code()
    {
        Assert.IsType<ApiPortalPaymentException>(ApiPortalException.Create(ApiPortalCode.OrderExpired));
        Assert.IsType<ApiPortalException>(new ApiPortalException(ApiPortalCode.OrderExpired));
        Assert.IsType<ApiPortalGlobalException>(ApiPortalException.Create(ApiPortalCode.Forbidden));
    }
}
